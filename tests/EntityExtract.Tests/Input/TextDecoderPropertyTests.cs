using System.Text;
using EntityExtract.Input;

namespace EntityExtract.Tests.Input;

/// <summary>Random bytes through the decoder, checked against the framework's strict UTF-8.</summary>
public sealed class TextDecoderPropertyTests
{
    private const int Seed = 20_251_104;
    private const int Cases = 5_000;
    private const int MaxLength = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Fact]
    public void Random_bytes_never_throw_and_valid_utf8_matches_the_framework()
    {
        var random = new Random(Seed);
        int validSeen = 0;
        for (int i = 0; i < Cases; i++)
        {
            var bytes = NextInput(random);
            DecodedText decoded;
            try
            {
                decoded = TextDecoder.Decode(bytes);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {Seed}, case {i}, bytes {Convert.ToHexString(bytes)}: threw {e}");
                return;
            }

            if (TryStrictUtf8(bytes, out var expected) && !StartsWithMark(bytes))
            {
                validSeen++;
                Assert.True(
                    expected == decoded.Text && decoded.Encoding == TextEncodingKind.Utf8,
                    $"seed {Seed}, case {i}, bytes {Convert.ToHexString(bytes)}: got {decoded.Encoding}");
            }
            else if (decoded.Encoding == TextEncodingKind.Utf8)
            {
                Assert.Fail($"seed {Seed}, case {i}, bytes {Convert.ToHexString(bytes)}: invalid UTF-8 decoded as UTF-8");
            }
        }

        // The generator must really exercise both branches.
        Assert.InRange(validSeen, Cases / 10, Cases - (Cases / 10));
    }

    /// <summary>
    /// Half pure noise (mostly invalid), half made of valid UTF-8 pieces with the odd stray
    /// byte, so that both branches and the byte order marks are reached.
    /// </summary>
    private static byte[] NextInput(Random random)
    {
        if (random.Next(2) == 0)
        {
            var noise = new byte[random.Next(MaxLength)];
            random.NextBytes(noise);
            return noise;
        }

        var builder = new StringBuilder();
        int pieces = random.Next(MaxLength / 4);
        for (int p = 0; p < pieces; p++)
        {
            builder.Append(char.ConvertFromUtf32(NextScalar(random)));
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        if (bytes.Length > 0 && random.Next(4) == 0)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static int NextScalar(Random random) => random.Next(5) switch
    {
        0 => random.Next(0x80),
        1 => random.Next(0x80, 0x800),
        2 => random.Next(0xE000, 0x10000),
        3 => random.Next(0x10000, 0x110000),
        _ => "\0\r\n\uFEFF\u00E9"[random.Next(5)],
    };

    private static bool StartsWithMark(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);

    private static bool TryStrictUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
