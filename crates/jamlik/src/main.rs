//! The `jamlik` command. Everything happens in the library, so the
//! integration tests drive the same code.

fn main() -> std::process::ExitCode {
    jamlik::cli::main()
}
