using System;

using System.Linq;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// Inputs on which the extraction core once misbehaved, kept as regression tests, and the generator's guard for
/// paragraphs no article has (NWS010).
/// </summary>
public class ExtractionBugTests
{
    /// <summary>A paragraph of 40,000 characters made of unbalanced quotation marks (about 8,000 of them).</summary>
    private static readonly string ManyMarks = "Headline\n\n" + string.Concat(Enumerable.Repeat("” word \" x « y ", 2700));

    [Fact]
    public void A_paragraph_of_thousands_of_marks_is_recovered_mark_by_mark()
    {
        // Once quadratic (each quote scanned the whole paragraph back); the speed is measured in the benchmarks, this
        // pins the behaviour: every unpaired mark is recorded and points at a quotation mark.
        var model = ArticleExtractor.Extract(ManyMarks);

        Assert.Equal(2700, model.StrayMarks.Count);
        Assert.All(model.StrayMarks, s => Assert.Contains(ManyMarks[s.Offset], "”\"«"));
        Assert.All(model.Quotes, q => Assert.InRange(q.Span.End, q.Span.Start + 1, ManyMarks.Length));
    }

    [Fact]
    public void The_generator_does_not_extract_such_a_paragraph_and_says_so()
    {
        var text = new InMemoryAdditionalText("/p/marks.txt", ManyMarks);
        var run = Robust.Run([text, Robust.Normal()]);

        Robust.AssertBuildIsClean(run);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "NWS010");
        Robust.AssertNormalArticleIntact(run);
    }
}
