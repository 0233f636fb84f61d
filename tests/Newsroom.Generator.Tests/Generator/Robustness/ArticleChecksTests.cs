using System.Threading;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>The generator's own checks of an article's text and of the model extraction gives back.</summary>
public class ArticleChecksTests
{
    [Theory]
    [InlineData("Plain text.", false, false, 0)]
    [InlineData("", false, true, 0)]
    [InlineData(" \r\n\t\u2028\u00A0", false, true, 0)]
    [InlineData("One NUL\0 makes it binary", true, false, 1)]
    [InlineData("Caf\uFFFD opens downtown on Monday", false, false, 1)]
    [InlineData("\uFFFD\uFFFD\uFFFD abcdefghijklmnopqrstuvwxyz", true, false, 3)]   // 3 of 29 visible: over a tenth
    [InlineData("\uFFFD\uFFFD abcdefghijklmnopqrstuvwxyz", false, false, 2)]         // 2 of 28: under
    [InlineData("Tab\t, NEL\u0085, form feed\f are text; \u0001 and \u007F are not", false, false, 2)]
    public void Inspect_tells_binary_blank_and_characters_that_are_not_text(string text, bool binary, bool blank, int notText)
    {
        var report = ArticleChecks.Inspect(text, CancellationToken.None);
        Assert.Equal(binary, report.IsBinary);
        Assert.Equal(blank, report.IsBlank);
        Assert.Equal(notText, report.NotText);
    }

    [Fact]
    public void Lone_surrogates_are_not_text_and_a_pair_is()
    {
        // Not an InlineData: the test runner's serialization of theory data would replace the lone surrogates.
        var report = ArticleChecks.Inspect("Lone \uD800 and \uDC00, a pair 😀 is fine", CancellationToken.None);
        Assert.Equal(2, report.NotText);
        Assert.Equal(5, report.FirstNotText);
        Assert.False(report.IsBinary);
    }

    [Fact]
    public void A_model_with_a_range_outside_its_text_is_caught_before_anything_slices_it()
    {
        var good = ArticleExtractor.Extract("Mayor opens bridge\n\n“It is a great day,” said Jane Okafor.\n");
        Assert.Null(ArticleChecks.Problem(good));

        var q = good.Quotes[0];
        var outside = good with { Quotes = new[] { q with { Span = new TextRange(q.Span.Start, good.Text.Length) } }.ToEquatableArray() };
        Assert.StartsWith("quote range", ArticleChecks.Problem(outside));
        Assert.StartsWith("headline range", ArticleChecks.Problem(good with { Headline = new TextRange(-1, 3) }));
        Assert.StartsWith("stray mark", ArticleChecks.Problem(good with { StrayMarks = new[] { new StrayMark(good.Text.Length, new LinePosition(1, 1), "”", "x") }.ToEquatableArray() }));
    }

    [Fact]
    public void A_paragraph_is_too_long_past_20000_characters_or_400_marks()
    {
        Assert.Null(ArticleChecks.TooLongParagraph("A\n\n" + new string('x', 20_000), CancellationToken.None));
        Assert.Equal(20_001, ArticleChecks.TooLongParagraph("A\n\n" + new string('x', 20_001), CancellationToken.None)!.Value.Paragraph.Length);
        Assert.Null(ArticleChecks.TooLongParagraph("A\n\n" + new string('"', 400), CancellationToken.None));
        Assert.Equal(401, ArticleChecks.TooLongParagraph("A\n\n" + new string('"', 401), CancellationToken.None)!.Value.Marks);
    }
}
