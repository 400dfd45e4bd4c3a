//! The `langsift` binary: parse flags, build the pipeline, run it, report.
//! Everything else lives in the library.

mod cli;

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use cli::{Cli, Command};
use langsift::error::OutputError;
use langsift::pipeline::Pipeline;

/// Exit status when some input could not be processed.
const EXIT_SOME_FAILED: u8 = 1;
/// Exit status for a bad configuration or a failed output.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match real_main(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("langsift: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn real_main(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Clean(args) => {
            let config = args.into_config()?;
            let pipeline = Pipeline::new(config.pipeline.clone()).context("loading rules")?;
            let stderr = std::io::stderr();
            let summary = langsift::run::run(&config, &pipeline, &mut stderr.lock())?;
            Ok(if summary.all_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_SOME_FAILED)
            })
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<OutputError>(),
        Some(OutputError::BrokenPipe)
    )
}
