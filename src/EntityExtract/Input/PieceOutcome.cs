namespace EntityExtract.Input;

/// <summary>One step of reading a file in pieces: a piece of text, or the problem that ended the file.</summary>
public readonly record struct PieceOutcome(TextPiece? Piece, InputProblem? Problem);
