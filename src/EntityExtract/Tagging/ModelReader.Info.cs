using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tagging.Model;

namespace EntityExtract.Tagging;

internal static partial class ModelReader
{
    private static ModelInfo ReadInfo(BinaryReader reader)
    {
        var epochs = reader.ReadInt32();
        var bestEpoch = reader.ReadInt32();
        var seed = reader.ReadInt32();
        var f1 = reader.ReadDouble();
        var precision = reader.ReadDouble();
        var recall = reader.ReadDouble();
        var typeCount = reader.ReadInt32();
        Require(typeCount is >= 0 and <= EntityTypes.Count);
        var byType = new Dictionary<EntityType, double>();
        for (var i = 0; i < typeCount; i++)
        {
            var type = reader.ReadByte();
            Require(type < EntityTypes.Count);
            byType[(EntityType)type] = reader.ReadDouble();
        }

        var summary = reader.ReadString();
        var binCount = reader.ReadInt32();
        Require(binCount is >= 0 and <= 1000);
        var bins = new ReliabilityBin[binCount];
        for (var i = 0; i < binCount; i++)
        {
            bins[i] = new ReliabilityBin(reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble());
        }

        return new ModelInfo
        {
            Epochs = epochs,
            BestEpoch = bestEpoch,
            Seed = seed,
            DevF1 = f1,
            DevPrecision = precision,
            DevRecall = recall,
            DevF1ByType = byType,
            TrainingSummary = summary,
            DevReliability = bins,
        };
    }
}
