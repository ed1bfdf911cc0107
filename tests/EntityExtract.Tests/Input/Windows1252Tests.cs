using System.Text;
using EntityExtract.Input;

namespace EntityExtract.Tests.Input;

/// <summary>The hand-written code page checked against the framework's own, byte by byte.</summary>
public sealed class Windows1252Tests
{
    [Fact]
    public void Every_byte_matches_the_framework_code_page()
    {
        var framework = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        for (int b = 0; b < 256; b++)
        {
            var expected = framework.GetString([(byte)b]);
            Assert.True(
                expected == Windows1252.Map((byte)b).ToString(),
                $"byte 0x{b:X2}: framework U+{(int)expected[0]:X4}, ours U+{(int)Windows1252.Map((byte)b):X4}");
        }
    }

    [Fact]
    public void Get_string_maps_each_byte()
    {
        Assert.Equal("\u20ACa\u00FF\u0178", Windows1252.GetString([0x80, (byte)'a', 0xFF, 0x9F]));
    }
}
