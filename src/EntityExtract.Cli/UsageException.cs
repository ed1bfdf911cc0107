namespace EntityExtract.Cli;

/// <summary>A mistake in what the user asked for, reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
