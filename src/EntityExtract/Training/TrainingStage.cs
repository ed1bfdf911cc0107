namespace EntityExtract.Training;

/// <summary>The steps of <see cref="TaggerTrainer.Train"/>, in order.</summary>
public enum TrainingStage
{
    Reading,
    ExtractingFeatures,
    Training,
    Calibrating,
    Done,
}
