namespace EntityExtract.Training;

/// <summary>
/// Progress of a training run. During <see cref="TrainingStage.Training"/>, <see cref="Done"/> of
/// <see cref="Total"/> counts sentences of the current epoch, so a progress bar can be drawn;
/// <see cref="Epoch"/> is set once an epoch has been scored on dev.
/// </summary>
public sealed record TrainingProgress(TrainingStage Stage, int EpochNumber, int Epochs, int Done, int Total, string Message)
{
    public EpochReport? Epoch { get; init; }
}
