// Signals and stderr first: a SIGTERM in the first milliseconds still exits 130, and a
// diagnostic that cannot be written never stops the run.
EntityExtract.Cli.Terminal.Interrupts.Install();
EntityExtract.Cli.Terminal.Stderr.Install();
// Arguments that are not UTF-8 (file names are bytes on Linux) are taken again as bytes.
return EntityExtract.Cli.CliApp.Run(EntityExtract.Input.RawPaths.Arguments(args));
