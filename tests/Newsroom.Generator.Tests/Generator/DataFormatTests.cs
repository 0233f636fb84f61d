using System;
using System.Linq;
using System.Text;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// The data of articles and the catalog: what <see cref="DataWriter"/> writes, the generated <c>__DataReader</c> reads
/// back as it was, once the compiler has made a UTF-8 literal of it.
/// </summary>
public class DataFormatTests
{
    private static readonly int[] Edges =
    {
        0, 1, -1, 2, -2, 15, 16, -16, -17, 31, 32, 511, 512, 16_383, 16_384, 65_535, 1_000_000,
        int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1,
    };

    private static readonly string?[] Strings =
    {
        null, "", "said", "Zürich", "東京", "👍 fine", "123", "\"quoted\" \\ back", "]|0O", "line\nbreak", "-1",
    };

    [Fact]
    public void Numbers_and_strings_read_back_as_written()
    {
        var random = new Random(20261202);
        var numbers = Edges.Concat(Enumerable.Range(0, 500).Select(_ => random.Next(int.MinValue, int.MaxValue)))
            .Concat(Enumerable.Range(0, 500).Select(_ => random.Next(-40, 20_000)))
            .ToArray();
        var data = new DataWriter();
        foreach (var n in numbers) data.Int(n);
        foreach (var s in Strings) data.String(s);
        data.Rest("the text, to the end");

        var probe = """
            using System.Text;

            public static class Probe
            {
                public static string Run()
                {
                    var r = new Newsroom.__DataReader(DATA);
                    var sb = new StringBuilder();
                    for (var i = 0; i < NUMBERS; i++) sb.Append(r.Int()).Append(',');
                    for (var i = 0; i < STRINGS; i++) sb.Append(r.String() is { } s ? "[" + s + "]" : "null");
                    return sb.Append('|').Append(r.Rest()).ToString();
                }
            }
            """
            .Replace("DATA", Escaping.Literal(data.ToString()) + "u8")
            .Replace("NUMBERS", numbers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("STRINGS", Strings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var compilation = GeneratorHarness.CreateCompilation([.. FixedTypes.For(EmitOptions.Default).Select(f => f.Source), probe]);

        var expected = new StringBuilder();
        foreach (var n in numbers) expected.Append(n).Append(',');
        foreach (var s in Strings) expected.Append(s is null ? "null" : "[" + s + "]");
        expected.Append("|the text, to the end");
        Assert.Equal(expected.ToString(), CompilationTests.Execute(compilation));
    }

    [Fact]
    public void A_number_takes_one_printable_character_per_five_bits()
    {
        static string Of(int n) => new DataWriter().Int(n).ToString();

        Assert.Equal("0", Of(0));
        Assert.Equal("1", Of(-1));
        Assert.Equal("N", Of(15));          // zigzag 30
        Assert.Equal("O", Of(-16));         // zigzag 31: the last of the last digit's characters
        Assert.Equal(2, Of(16).Length);    // zigzag 32: one more digit
        Assert.Equal(2, Of(511).Length);
        Assert.Equal(3, Of(512).Length);
        Assert.Equal(7, Of(int.MinValue).Length);
        foreach (var n in Edges)
        {
            var text = Of(n);
            Assert.All(text.Take(text.Length - 1), c => Assert.InRange(c, DataWriter.More, (char)(DataWriter.More + 31)));
            Assert.InRange(text[^1], DataWriter.Last, (char)(DataWriter.Last + 31));
            Assert.DoesNotContain('"', text);
            Assert.DoesNotContain('\\', text);
        }
    }
}
