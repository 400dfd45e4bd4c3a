//! The run's configuration, resolved once from the command line (or built
//! by a library user): what to read, where to write, and the pipeline's own
//! settings. Stages are built from it and never see flags.

use std::path::PathBuf;

use crate::output::Target;
use crate::pipeline::PipelineConfig;

/// Everything a `clean` run needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// INPUT arguments: files, directories, `-`; empty means standard input.
    pub inputs: Vec<PathBuf>,
    /// Where segment records go.
    pub target: Target,
    /// Where dropped-span records go, if anywhere.
    pub dropped: Option<PathBuf>,
    pub pipeline: PipelineConfig,
}
