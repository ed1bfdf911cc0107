return EntityExtract.Cli.CliApp.Run(args);
