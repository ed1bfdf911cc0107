namespace EntityExtract.Input;

/// <summary>
/// A file or folder that could not be read. It is a value, not an exception, because one bad
/// file changes the exit code but never stops the run.
/// </summary>
/// <param name="DisplayPath">The path as the user would see it.</param>
/// <param name="Reason">A short human reason such as "permission denied".</param>
public sealed record InputProblem(string DisplayPath, string Reason);
