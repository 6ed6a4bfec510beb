//! Embeds every `*.toml` file of the workspace's `packs/` directory, so that
//! adding a framework pack is dropping a file there: no code changes.

use std::env;
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let packs_dir = manifest_dir
        .join("..")
        .join("..")
        .join("packs")
        .canonicalize()?;
    // A directory here makes cargo rerun the script when any file in it
    // changes, is added or is removed.
    println!("cargo:rerun-if-changed={}", packs_dir.display());

    // Packs and the catalogue at the top; handbooks in `handbooks/`, named
    // with their folder (`handbooks/good-relations.toml`).
    let handbooks_dir = packs_dir.join("handbooks");
    println!("cargo:rerun-if-changed={}", handbooks_dir.display());
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for (dir, prefix) in [(&packs_dir, ""), (&handbooks_dir, "handbooks/")] {
        if !dir.is_dir() {
            continue;
        }
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_file() && path.extension().is_some_and(|ext| ext == "toml") {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .ok_or_else(|| format!("pack file name is not UTF-8: {}", path.display()))?;
                files.push((format!("{prefix}{name}"), path));
            }
        }
    }
    files.sort();

    let mut out = String::from(
        "/// The shipped pack files as (file name, contents), sorted by file name.\n\
         pub(crate) static SHIPPED: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &files {
        let full = path
            .to_str()
            .ok_or_else(|| format!("pack path is not UTF-8: {}", path.display()))?;
        println!("cargo:rerun-if-changed={full}");
        writeln!(out, "    ({name:?}, include_str!({full:?})),")?;
    }
    out.push_str("];\n");

    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out_dir.join("shipped.rs"), out)?;
    Ok(())
}
