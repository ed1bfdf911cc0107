// Signals and stderr first: a SIGTERM in the first milliseconds still exits 130, and a
// diagnostic that cannot be written never stops the run.
EntityExtract.Cli.Terminal.Interrupts.Install();
EntityExtract.Cli.Terminal.Stderr.Install();
return EntityExtract.Cli.CliApp.Run(args);
