namespace EntityExtract.Training;

/// <summary>The dev score after one epoch (averaged weights, conlleval F1 in percent).</summary>
public sealed record EpochReport(int Epoch, int Epochs, double DevF1, double DevPrecision, double DevRecall, TimeSpan Elapsed, bool IsBest);
