namespace EntityExtract.Input;

/// <summary>The result of reading one file: its text or the problem that stopped it, never both.</summary>
/// <param name="Text">The decoded text, when the file was read.</param>
/// <param name="Problem">Why the file could not be read, when it was not.</param>
public readonly record struct ReadOutcome(DecodedText? Text, InputProblem? Problem)
{
    /// <summary>The decoded text; checked here so that exactly one of the two is ever set.</summary>
    public DecodedText? Text { get; init; } = (Text is null) != (Problem is null)
        ? Text
        : throw new ArgumentException("Exactly one of text and problem must be given.", nameof(Text));

    public bool Succeeded => Text is not null;

    public static ReadOutcome Success(DecodedText text) => new(text, null);

    public static ReadOutcome Failure(InputProblem problem) => new(null, problem);
}
