namespace EntityExtract.Tagging.Calibration;

/// <summary>One row of a reliability table: dev mentions whose confidence fell in [Low, High), their mean confidence and the share that were correct.</summary>
public readonly record struct ReliabilityBin(double Low, double High, int Count, double MeanConfidence, double Accuracy);
