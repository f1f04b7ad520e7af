//! Finding and reading `claimlint.yaml`: the project's rule settings, folders, inputs and defaults.
//!
//! The file is looked for in the working directory and then each parent (as `.gitignore`, ruff and
//! Vale configurations are), unless `--config FILE` names one. Paths in it are relative to it.

use claimlint::Config;
use claimlint::Source;
use std::path::{Path, PathBuf};

/// The configuration file's name.
pub const FILE_NAME: &str = "claimlint.yaml";

/// A configuration and the folder its relative paths start from.
#[derive(Debug, Default)]
pub struct Project {
    pub config: Config,
    /// The configuration file's folder, as a path relative to the working directory when found upward.
    pub dir: PathBuf,
    /// The same folder, canonical, to relate input paths to it.
    canonical: Option<PathBuf>,
}

/// Finds and reads the configuration: `Ok(None)` when there is none, `Err(())` after reporting a
/// file that cannot be read or decoded.
pub fn load(explicit: Option<&Path>) -> Result<Option<Project>, ()> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match find_upward() {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("claimlint: cannot read configuration {}: {e}", path.display());
            return Err(());
        }
    };
    let source = Source::new(path.display().to_string(), text);
    match Config::parse(&source) {
        Ok(config) => {
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let canonical = dir.canonicalize().ok();
            Ok(Some(Project { config, dir, canonical }))
        }
        Err(e) => {
            eprintln!("{:?}", miette::Report::new(e));
            Err(())
        }
    }
}

/// `claimlint.yaml` in the working directory or the nearest parent, as a relative path
/// (`claimlint.yaml`, `../claimlint.yaml`, ...) so that the paths shown stay short.
fn find_upward() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let mut rel = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(FILE_NAME).is_file() {
            return Some(rel.join(FILE_NAME));
        }
        rel.push("..");
    }
    None
}

impl Project {
    /// The configured rule and knowledge folders, relative to the working directory.
    pub fn folders(&self) -> Vec<PathBuf> {
        self.config.folders.iter().map(|f| self.dir.join(f)).collect()
    }

    /// The path relative to the configuration's folder, `/`-separated, if it lies inside it.
    fn relative(&self, path: &Path) -> Option<String> {
        let base = self.canonical.as_ref()?;
        let full = path.canonicalize().ok()?;
        let rel = full.strip_prefix(base).ok()?;
        Some(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
    }

    /// Whether `exclude:` leaves this file out.
    pub fn excludes(&self, path: &Path) -> bool {
        self.relative(path).is_some_and(|r| self.config.excludes(&r))
    }

    /// Whether `inputs:` names this file (every file, when it names none).
    pub fn includes(&self, path: &Path) -> bool {
        self.config.inputs.is_empty() || self.relative(path).is_some_and(|r| self.config.includes(&r))
    }
}
