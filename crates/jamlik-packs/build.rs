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
    // Courses in `courses/`, their images in `courses/media/`.
    let handbooks_dir = packs_dir.join("handbooks");
    let courses_dir = packs_dir.join("courses");
    let media_dir = courses_dir.join("media");
    for dir in [&handbooks_dir, &courses_dir, &media_dir] {
        println!("cargo:rerun-if-changed={}", dir.display());
    }
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for (dir, prefix) in [
        (&packs_dir, ""),
        (&handbooks_dir, "handbooks/"),
        (&courses_dir, "courses/"),
    ] {
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

    let mut media: Vec<(String, PathBuf)> = Vec::new();
    if media_dir.is_dir() {
        for entry in fs::read_dir(&media_dir)? {
            let path = entry?.path();
            if path.is_file() {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .ok_or_else(|| format!("media file name is not UTF-8: {}", path.display()))?;
                media.push((name.to_owned(), path));
            }
        }
    }
    media.sort();
    out.push_str(
        "/// The courses' media files as (file name, bytes), sorted by file name.\n\
         pub(crate) static MEDIA: &[(&str, &[u8])] = &[\n",
    );
    for (name, path) in &media {
        let full = path
            .to_str()
            .ok_or_else(|| format!("media path is not UTF-8: {}", path.display()))?;
        println!("cargo:rerun-if-changed={full}");
        writeln!(out, "    ({name:?}, include_bytes!({full:?})),")?;
    }
    out.push_str("];\n");

    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out_dir.join("shipped.rs"), out)?;
    Ok(())
}
