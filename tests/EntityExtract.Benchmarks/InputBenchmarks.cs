using BenchmarkDotNet.Attributes;
using EntityExtract.Input;

namespace EntityExtract.Benchmarks;

/// <summary>
/// Reading and decoding: <see cref="TextDecoder.Decode"/> on 1 MB of UTF-8 news and on the same
/// bytes with one invalid byte (the Windows-1252 fallback), and <see cref="PieceReader"/> over a
/// 4 KB note (the whole-file path, as in a folder of many small files) and an 8 MB stream (cut
/// into pieces of about a megabyte). "Allocated" for the small note should be close to the size
/// of its decoded string: the reader's megabyte block is rented, not allocated per file.
/// </summary>
[MemoryDiagnoser]
public class InputBenchmarks
{
    private byte[] _utf8 = [];
    private byte[] _latin = [];
    private MemoryStream _note = null!;
    private MemoryStream _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = BenchmarkCorpus.Utf8(1 << 20);
        _latin = (byte[])_utf8.Clone();
        _latin[_latin.Length / 2] = 0xE9; // a lone Latin-1 é: not UTF-8, so the fallback decodes it all
        _note = new MemoryStream(BenchmarkCorpus.Utf8(4 * 1024), writable: false);
        _large = new MemoryStream(BenchmarkCorpus.Utf8(8 << 20), writable: false);
    }

    [Benchmark]
    public int DecodeUtf8_1MB() => TextDecoder.Decode(_utf8).Text.Length;

    [Benchmark]
    public int DecodeFallback_1MB() => TextDecoder.Decode(_latin).Text.Length;

    [Benchmark]
    public int ReadNote_4KB() => ReadAll(_note);

    [Benchmark]
    public int ReadPieces_8MB() => ReadAll(_large);

    private static int ReadAll(MemoryStream stream)
    {
        stream.Position = 0;
        var chars = 0;
        foreach (var outcome in PieceReader.Read(InputFile.Stdin, stream))
        {
            chars += outcome.Piece!.Text.Length;
        }

        return chars;
    }
}
