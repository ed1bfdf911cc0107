using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Pipeline.Jobs;
using EntityExtract.Tagging;

namespace EntityExtract.Tests.Cli;

/// <summary>Whatever bytes a file holds, reading, tokenizing, tagging and writing never throw.</summary>
public sealed class RandomBytesTests
{
    [Fact]
    public void Ten_thousand_random_byte_sequences_go_through_the_whole_pipeline()
    {
        const int seed = 77;
        var random = new Random(seed);
        var job = new MentionRowsJob(EntityTagger.Default, new ExtractOptions { Context = 10 });
        using var sink = new MemoryStream();
        using var writer = new CsvTableWriter(sink, MentionRowsJob.ColumnsFor(new ExtractOptions { Context = 10 }), new TableWriterOptions());
        for (var round = 0; round < 10_000; round++)
        {
            var bytes = RandomBytes(random);
            try
            {
                foreach (var outcome in PieceReader.Read(InputFile.Stdin, new MemoryStream(bytes)))
                {
                    if (outcome.Piece is { } piece)
                    {
                        job.Process(piece, writer);
                    }
                }
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, round {round}: {e}");
            }

            sink.SetLength(0);
        }
    }

    /// <summary>Mostly text-like bytes, with BOMs, NULs, broken UTF-8 and surrogates mixed in.</summary>
    private static byte[] RandomBytes(Random random)
    {
        byte[][] pieces =
        [
            "Kerry "u8.ToArray(), "U.S."u8.ToArray(), "al-Assad"u8.ToArray(), " "u8.ToArray(), "\n\n"u8.ToArray(), "\r\n"u8.ToArray(),
            [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC3], [0xE9], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80],
            "\"'’—…"u8.ToArray(), "@x #y http://a.b/c "u8.ToArray(), "MOSCOW"u8.ToArray(), "1,234.5%"u8.ToArray(),
        ];
        var length = random.Next(0, 60);
        var buffer = new List<byte>();
        for (var i = 0; i < length; i++)
        {
            if (random.Next(4) == 0)
            {
                buffer.Add((byte)random.Next(256));
            }
            else
            {
                buffer.AddRange(pieces[random.Next(pieces.Length)]);
            }
        }

        return [.. buffer];
    }
}
