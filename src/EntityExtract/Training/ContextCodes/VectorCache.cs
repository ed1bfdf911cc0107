using System.Runtime.InteropServices;
using System.Security.Cryptography;
using EntityExtract.Evaluation;
using EntityExtract.Tagging.Contextual;

namespace EntityExtract.Training.ContextCodes;

/// <summary>
/// The encoder's vectors of every token of a CoNLL file, kept on disk (half precision) so that
/// training again does not run the encoder again. A file's cache is named by the SHA-256 of its
/// bytes and the window settings, so a changed file or windowing is encoded anew.
/// </summary>
internal static class VectorCache
{
    private const int Version = 2;

    /// <summary>Per document, tokens × <see cref="ContextEncoder.Dimensions"/> values.</summary>
    public static Half[][] Vectors(ConllCorpus corpus, string directory, Func<ContextEncoder> encoder, Action<string> report, CancellationToken ct)
    {
        var path = Path.Combine(directory, CacheName(corpus.Path));
        if (File.Exists(path))
        {
            var cached = Read(path, corpus);
            if (cached is not null)
            {
                return cached;
            }
        }

        report($"encoding {Path.GetFileName(corpus.Path)} ({corpus.Documents.Sum(d => d.Tokens.Length)} tokens)");
        var vectors = new Half[corpus.Documents.Count][];
        var open = encoder();
        Parallel.For(0, corpus.Documents.Count, new ParallelOptions { CancellationToken = ct }, d =>
        {
            var document = corpus.Documents[d];
            var sink = new HalfSink(new Half[document.Tokens.Length * ContextEncoder.Dimensions]);
            open.Encode(document.Text, document.Tokens, document.Sentences, sink);
            vectors[d] = sink.Values;
        });
        Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(vectors.Length);
            foreach (var document in vectors)
            {
                writer.Write(document.Length);
                writer.Write(MemoryMarshal.AsBytes(document.AsSpan()));
            }
        }

        File.Move(temporary, path, overwrite: true);
        return vectors;
    }

    private static Half[][]? Read(string path, ConllCorpus corpus)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != corpus.Documents.Count)
        {
            return null;
        }

        var vectors = new Half[corpus.Documents.Count][];
        for (var d = 0; d < vectors.Length; d++)
        {
            var length = reader.ReadInt32();
            if (length != corpus.Documents[d].Tokens.Length * ContextEncoder.Dimensions)
            {
                return null;
            }

            vectors[d] = new Half[length];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors[d].AsSpan()));
        }

        return vectors;
    }

    private static string CacheName(string file)
    {
        using var stream = File.OpenRead(file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return FormattableString.Invariant($"{hash[..16]}-v{Version}-w{EncoderWindows.MaxPieces}-m{EncoderWindows.Margin}.vectors");
    }

    private sealed class HalfSink(Half[] values) : IVectorSink
    {
        public Half[] Values => values;

        public void Take(int token, ReadOnlySpan<float> vector)
        {
            var row = values.AsSpan(token * vector.Length, vector.Length);
            for (var i = 0; i < vector.Length; i++)
            {
                row[i] = (Half)vector[i];
            }
        }
    }
}
