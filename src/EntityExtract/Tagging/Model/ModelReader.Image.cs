using System.Text;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tagging.Memory;

namespace EntityExtract.Tagging.Model;

internal static unsafe partial class ModelReader
{
    /// <summary>
    /// A version 3 payload at <paramref name="payload"/> (never moving, kept alive by
    /// <paramref name="owner"/> or by the process): every table is a view of it. An untrusted
    /// payload has each key table checked, so that no probe can loop or leave its rows.
    /// </summary>
    private static EntityTagger ParseImage(byte* payload, long length, object? owner, bool trusted)
    {
        using var reader = new BinaryReader(new UnmanagedMemoryStream(payload, length), Encoding.UTF8);
        var image = new Image(reader, payload, owner, trusted);
        var (info, labels) = ReadHead(reader);
        Gazetteer? gazetteer = null;
        if (reader.ReadBoolean())
        {
            var names = ReadStrings(reader);
            Require(names.Length <= Gazetteer.MaxLists);
            var index = image.Index();
            var masks = image.Block<uint>();
            image.CheckRows(index, masks.Length, 0);
            gazetteer = new Gazetteer(names, index, masks);
        }

        ClusterTable? clusters = null;
        if (reader.ReadBoolean())
        {
            var index = image.Index();
            var paths = image.Block<uint>();
            var lengths = image.Block<byte>();
            image.CheckRows(index, paths.Length, 0);
            clusters = new ClusterTable(index, paths, lengths);
        }

        var features = image.Index();
        var (scale, weights, transitions, end) = image.Pass();
        var temperature = reader.ReadSingle();
        var rawPoints = image.Block<float>().Span.ToArray();
        var calibratedPoints = image.Block<float>().Span.ToArray();
        Require(rawPoints.Length == calibratedPoints.Length && temperature > 0);
        var extractor = new FeatureExtractor(gazetteer, clusters);
        EntityTagger? firstPass = null;
        if (reader.ReadBoolean())
        {
            var (firstScale, firstWeights, firstTransitions, firstEnd) = image.Pass();
            firstPass = new EntityTagger(extractor, features.FirstPass, firstWeights, firstScale, firstTransitions, firstEnd, ConfidenceCalibration.Identity, new ModelInfo());
        }

        Require(reader.BaseStream.Position == length);
        image.CheckRows(features, weights.Length / BilouLabel.Count, firstPass?.RowCount ?? 0);
        info = Described(info, ModelFormat.ImageVersion, labels, weights.Length / BilouLabel.Count, extractor, temperature);
        var calibration = new ConfidenceCalibration(temperature, rawPoints, calibratedPoints);
        return new EntityTagger(extractor, features, weights, scale, transitions, end, calibration, info, firstPass);
    }

    /// <summary>Reads the tables of a version 3 payload as views of it.</summary>
    private readonly struct Image(BinaryReader reader, byte* payload, object? owner, bool trusted)
    {
        /// <summary>An array: its length, padding to <see cref="ModelFormat.Alignment"/>, its elements.</summary>
        public ModelBlock<T> Block<T>()
            where T : unmanaged
        {
            var count = reader.ReadInt32();
            var stream = reader.BaseStream;
            var start = (stream.Position + ModelFormat.Alignment - 1) / ModelFormat.Alignment * ModelFormat.Alignment;
            Require(count >= 0 && (long)count * sizeof(T) <= stream.Length - start);
            stream.Position = start + ((long)count * sizeof(T));
            return ModelBlock<T>.At(payload + start, count, owner);
        }

        public KeyIndex Index()
        {
            var count = reader.ReadInt32();
            return new KeyIndex(Block<KeyIndex.Entry>(), count);
        }

        /// <summary>One pass's weight scale, weights, transitions and end weights.</summary>
        public (float Scale, ModelBlock<short> Weights, float[] Transitions, float[] End) Pass()
        {
            var scale = reader.ReadSingle();
            var weights = Block<short>();
            var transitions = Block<float>().Span.ToArray();
            var end = Block<float>().Span.ToArray();
            Require(float.IsFinite(scale) && weights.Length % BilouLabel.Count == 0);
            RequireTransitions(transitions, end);
            return (scale, weights, transitions, end);
        }

        /// <summary>Unless trusted: the table holds as many keys as it says (so probes end) and every row is in range.</summary>
        public void CheckRows(KeyIndex index, int rows, int firstPassRows)
        {
            if (trusted)
            {
                return;
            }

            var keys = 0;
            foreach (var entry in index.Entries)
            {
                if (entry.Key != 0)
                {
                    keys++;
                    Require(entry.Row < rows && entry.FirstPassRow < firstPassRows && entry.Row >= -1 && entry.FirstPassRow >= -1);
                }
            }

            Require(keys == index.Count);
        }
    }
}
