namespace EntityExtract.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was processed.</summary>
    public const int Success = 0;

    /// <summary>The run finished, but at least one file could not be processed.</summary>
    public const int SomeFilesFailed = 1;

    /// <summary>Bad command line, missing path, unreadable model or training data: nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM.</summary>
    public const int Interrupted = 130;
}
