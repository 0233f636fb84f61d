using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Generator.Robustness;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// How quote members are named across articles (<c>Naming.Assign</c>): a quote takes the first words of its text, a
/// second quote of one speaker with the same words takes the next number, in path order whatever the order of the
/// files, and a name taken once stays taken for the whole speaker's class.
/// </summary>
public class QuoteMemberNamingTests
{
    private const string Root = "/naming/Articles/";

    // Three articles where Mara Vell says the same first words; in b.txt she also says words that start like another's.
    private static readonly (string Path, string Text)[] Articles =
    {
        (Root + "c.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n\n“The boats are back in the water,” Mara Vell said.\n"),
        (Root + "a.txt", "Harbour closes\n\nThe harbour closed on Friday.\n\n“The boats are back in the yard for now,” Mara Vell said.\n"),
        (Root + "b.txt", "Harbour storm\n\nA storm hit the harbour.\n\n“The boats are back in the sheds until it passes,” Mara Vell said.\n\n“The boats are back in the water soon,” Mara Vell said.\n"),
    };

    [Fact]
    public void Same_words_take_the_next_number_in_path_order()
    {
        foreach (var order in new[] { new[] { 0, 1, 2 }, new[] { 2, 1, 0 }, new[] { 1, 0, 2 } })
        {
            var texts = order.Select(i => (AdditionalText)new InMemoryAdditionalText(Articles[i].Path, Articles[i].Text)).ToArray();
            var run = Robust.Run(texts);
            var names = Robust.Names(run).Articles.ToDictionary(a => a.FileName, a => a);

            Assert.Equal(["MaraVell"], names["a.txt"].QuoteClasses);
            Assert.Equal(["TheBoatsAreBackIn"], names["a.txt"].QuoteMembers);
            // b.txt sorts after a.txt: its two quotes take 2 and 3; c.txt, last in path order, takes 4.
            Assert.Equal(["TheBoatsAreBackIn2", "TheBoatsAreBackIn3"], names["b.txt"].QuoteMembers.Where(m => m.Length > 0));
            Assert.Equal(["TheBoatsAreBackIn4"], names["c.txt"].QuoteMembers.Where(m => m.Length > 0));
            Robust.AssertBuildIsClean(run);
        }
    }
}
