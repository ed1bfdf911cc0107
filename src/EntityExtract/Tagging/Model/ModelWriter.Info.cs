using EntityExtract.Tagging.Calibration;

namespace EntityExtract.Tagging.Model;

internal static partial class ModelWriter
{
    private static void WriteInfo(BinaryWriter writer, ModelInfo info)
    {
        writer.Write(info.Epochs);
        writer.Write(info.BestEpoch);
        writer.Write(info.Seed);
        writer.Write(info.DevF1);
        writer.Write(info.DevPrecision);
        writer.Write(info.DevRecall);
        writer.Write(info.DevF1ByType.Count);
        foreach (var (type, f1) in info.DevF1ByType.OrderBy(p => p.Key))
        {
            writer.Write((byte)type);
            writer.Write(f1);
        }

        writer.Write(info.TrainingSummary);
        writer.Write(info.DevReliability.Count);
        foreach (var bin in info.DevReliability)
        {
            WriteBin(writer, bin);
        }
    }

    private static void WriteBin(BinaryWriter writer, ReliabilityBin bin)
    {
        writer.Write(bin.Low);
        writer.Write(bin.High);
        writer.Write(bin.Count);
        writer.Write(bin.MeanConfidence);
        writer.Write(bin.Accuracy);
    }
}
