//! Why packs could not be loaded.

use std::fmt;

use crate::validate::Problem;

/// Why a pack file or the set of packs could not be loaded.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PackError {
    /// The file is not valid TOML or does not have the pack's shape (a
    /// missing or unknown key, a value of the wrong type).
    #[error("{file}:{line}:{column}: {message}")]
    Parse {
        /// The file name.
        file: String,
        /// The line (from 1) where the error is, or 0 when unknown.
        line: usize,
        /// The column (from 1, in characters) where the error is, or 0 when unknown.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file parsed but its content breaks the rules.
    #[error("{file}: {}", Problems(.problems))]
    Invalid {
        /// The file name.
        file: String,
        /// Everything wrong with it.
        problems: Vec<Problem>,
    },
    /// A pack's id is not its file name.
    #[error("{file}: the pack id `{id}` must equal the file name without `.toml`")]
    FileName {
        /// The file name.
        file: String,
        /// The id in the file.
        id: String,
    },
    /// Two files declare the same pack id.
    #[error("{file}: the pack id `{id}` is already declared in {first}")]
    DuplicatePack {
        /// The later file.
        file: String,
        /// The repeated id.
        id: String,
        /// The file that declared it first.
        first: String,
    },
    /// No measure catalogue file was among the sources.
    #[error("the measure catalogue ({file}) is missing")]
    MissingCatalogue {
        /// The file name expected.
        file: &'static str,
    },
}

impl PackError {
    /// Builds a parse error from the TOML parser's, with the place as line and column.
    pub(crate) fn parse(file: &str, source: &str, error: &toml::de::Error) -> Self {
        let (line, column) = error
            .span()
            .map_or((0, 0), |span| line_and_column(source, span.start));
        PackError::Parse {
            file: file.to_owned(),
            line,
            column,
            message: error.message().trim().to_owned(),
        }
    }
}

/// The 1-based line and character column of a byte offset.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

struct Problems<'a>(&'a [Problem]);

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s)", self.0.len())?;
        for problem in self.0 {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::line_and_column;

    #[test]
    fn lines_and_columns() {
        let source = "a = 1\nbé = 2\n";
        assert_eq!(line_and_column(source, 0), (1, 1));
        assert_eq!(line_and_column(source, 4), (1, 5));
        assert_eq!(line_and_column(source, 6), (2, 1));
        // After the two-byte é the column counts characters.
        assert_eq!(line_and_column(source, 9), (2, 3));
        assert_eq!(line_and_column(source, 1_000), (3, 1));
    }
}
