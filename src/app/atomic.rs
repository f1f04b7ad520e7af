//! Atomic file writes for the binary: write to a temporary file in the target's folder, flush it to
//! disk, then rename it over the target.
//!
//! Baselines and archives are files a user keeps and edits; an interrupted run (Ctrl-C, a full disk,
//! a killed CI job) must leave either the old file or the new one, never half of the new one. A
//! rename within one folder is atomic on the file systems we run on, so the temporary file lives
//! next to the target rather than in the system temp folder (which may be another file system).
// The writers that use it (baselines, archives) arrive separately; until then only tests call it.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: readers see the old content or the new, never a mix.
///
/// The target's permissions are kept when it exists. On failure the target is untouched and the
/// temporary file is removed.
///
/// # Errors
///
/// Any error creating, writing, syncing or renaming the temporary file.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |f| f.write_all(bytes))
}

/// Like [`write`], with the content produced by `fill` writing into the temporary file.
///
/// # Errors
///
/// Any error of `fill`, or creating, syncing or renaming the temporary file.
pub(crate) fn write_with(path: &Path, fill: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let dir = folder_of(path);
    let (tmp, mut file) = create_temp(&dir, path)?;
    let result = (|| {
        fill(&mut file)?;
        if let Ok(meta) = fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable: sync the folder's entry list (not possible on every
        // platform; the write is still atomic without it).
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The folder a path's file is in; "." for a bare file name (whose `parent` is "").
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A new file `.NAME.PID-N.tmp` next to `target`, created exclusively so two runs never share one.
fn create_temp(dir: &Path, target: &Path) -> io::Result<(PathBuf, File)> {
    let name = target.file_name().map_or_else(|| "claimlint".into(), |n| n.to_string_lossy().into_owned());
    let pid = std::process::id();
    for attempt in 0..100u32 {
        let tmp = dir.join(format!(".{name}.{pid}-{attempt}.tmp"));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, format!("no free temporary name for {name} in {}", dir.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("claimlint-atomic-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).expect("scratch dir");
        d
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_and_replaces_leaving_no_temporary_file() {
        let dir = scratch("replace");
        let target = dir.join("baseline.json");
        write(&target, b"first").expect("write");
        assert_eq!(fs::read(&target).expect("read"), b"first");
        write(&target, b"second, longer").expect("rewrite");
        assert_eq!(fs::read(&target).expect("read"), b"second, longer");
        assert_eq!(leftovers(&dir), ["baseline.json"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_whole() {
        let dir = scratch("interrupted");
        let target = dir.join("archive.db");
        write(&target, b"old content").expect("write");
        let err = write_with(&target, |f| {
            f.write_all(b"half of the new")?;
            Err(io::Error::other("interrupted"))
        })
        .expect_err("the fill fails");
        assert_eq!(err.to_string(), "interrupted");
        assert_eq!(fs::read(&target).expect("read"), b"old content");
        assert_eq!(leftovers(&dir), ["archive.db"], "the temporary file is removed");
    }

    #[test]
    fn a_missing_folder_is_an_error_and_creates_nothing() {
        let dir = scratch("missing");
        let err = write(&dir.join("no/such/dir/baseline.json"), b"x").expect_err("no folder");
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert!(leftovers(&dir).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn permissions_of_the_old_file_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("mode");
        let target = dir.join("baseline.json");
        write(&target, b"x").expect("write");
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).expect("chmod");
        write(&target, b"y").expect("rewrite");
        assert_eq!(fs::metadata(&target).expect("meta").permissions().mode() & 0o777, 0o640);
    }

    #[test]
    fn a_bare_file_name_is_written_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("plain.txt")), Path::new("."));
        assert_eq!(folder_of(Path::new("out/plain.txt")), Path::new("out"));
        assert_eq!(folder_of(Path::new("/plain.txt")), Path::new("/"));
    }
}
