using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Newsroom.Generator.Pipeline;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// Naming again after one article is edited (<c>Naming.State.Update</c>, the IDE's loop) gives the names the whole pass
/// gives (<c>Naming.AssignFresh</c>), edit after edit: speakers added and dropped, a surname alone that joins a full
/// name and one that stops joining (a second person of that surname), spelling variants, quotes whose first words
/// collide in one class, unattributed quotes, a role given or not, actors whose C# names collide, new speakers whose
/// last names are spellings of each other (<c>Newnameb</c>, <c>Newnamebb</c>) or of nobody's.
/// </summary>
public class IncrementalNamingTests
{
    private static readonly string[] Speakers =
    {
        "Donald Trump", "Donald Trump", "Trump", "Trump", "Trump", "Volodymyr Zelensky", "Zelensky", "Ana Ruiz", "Ana Ruiz",
        "Tom Reyes", "Reyes", "Lena Berg", "Berg", "Dana Quill", "Quill", "Marta O’Brien", "Marta O’Brien", "O’Brien",
    };

    // Rare, so that they come and go as articles are edited: while "Melania Trump" is in the project, "Trump" alone
    // joins nobody; "Volodymyr Zelenskyy" joins "Volodymyr Zelensky" (and not where one article gives both); "Marta
    // OBrien", whose C# name is Marta O’Brien's, takes "MartaOBrien" from her and gives her "MartaOBrien2".
    private static readonly string[] Rare = { "Melania Trump", "Volodymyr Zelenskyy", "Marta OBrien" };

    private static string Someone(Random random) => random.Next(30) == 0 ? Rare[random.Next(Rare.Length)] : Speakers[random.Next(Speakers.Length)];

    private static readonly string[] Openings = { "We will see", "The boats are back", "It is time", "Nobody knew", "We will see it through" };

    private static readonly string[] Roles = { "the harbour master", "a spokeswoman for the Harbour Authority", "the mayor" };

    private static string Article(int id, Random random, int newSpeakers)
    {
        var text = new StringBuilder();
        text.Append("Harbour news number ").Append(id).Append("\n\nSaturday, May 2, 2020\n\n");
        var quotes = random.Next(0, 6);
        for (var k = 0; k < quotes; k++)
        {
            var opening = Openings[random.Next(Openings.Length)];
            var choice = random.Next(10);
            if (choice == 0)
            {
                text.Append("“").Append(opening).Append(" today.”\n\n"); // no speaker
                continue;
            }
            var speaker = choice == 1 && newSpeakers > 0 ? "Sam Newname" + new string('b', 1 + random.Next(newSpeakers)) : Someone(random);
            text.Append("“").Append(opening).Append(", and then some,” said ").Append(speaker);
            if (random.Next(3) == 0) text.Append(", ").Append(Roles[random.Next(Roles.Length)]);
            text.Append(".\n\n");
        }
        if (random.Next(4) == 0) text.Append("The Harbour Authority said the pier would reopen. Officials in Cork agreed.\n\n");
        // People named without a quote of theirs (reported speech): their names across articles reach this article's too.
        if (random.Next(2) == 0) text.Append(Someone(random)).Append(" said the pier would reopen on Friday.\n\n");
        return text.ToString();
    }

    private static ArticleSummary Summary(string path, string text) =>
        Naming.Summarize(ArticleExtraction.Run(new ArticleFile(path, text, ReadStatus.Read, 0, 0), CancellationToken.None));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Naming_again_after_each_edit_gives_what_the_whole_pass_gives(int seed)
    {
        var random = new Random(seed);
        const int count = 30;
        const int Edits = 300;
        var summaries = new ArticleSummary[count];
        var texts = new string[count];
        for (var i = 0; i < count; i++) summaries[i] = Summary($"/p/Articles/{i:D2}.txt", texts[i] = Article(i, random, 0));
        var state = new Naming.State();
        Assert.Equal(Naming.AssignFresh(summaries, CancellationToken.None), state.Build(summaries.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(), CancellationToken.None));

        var incremental = 0;
        var joinsChanged = 0;
        var classesChanged = 0;
        var last = Naming.AssignFresh(summaries, CancellationToken.None);
        for (var edit = 0; edit < Edits; edit++)
        {
            var at = random.Next(count);
            // Half the edits add one quote at the end (the article's other names as they were), half write it anew.
            texts[at] = random.Next(2) == 0
                ? texts[at] + "“" + Openings[random.Next(Openings.Length)] + ", and more,” said " + (random.Next(3) == 0 ? "Sam Newname" + new string('b', 1 + random.Next(5)) : Someone(random)) + ".\n\n"
                : Article(at, random, 1 + edit / 10);
            summaries[at] = Summary(summaries[at].Path, texts[at]);
            var sorted = summaries.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
            var whole = new Naming.State();
            var fresh = whole.Build(summaries.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(), CancellationToken.None);
            var again = state.Update(sorted, CancellationToken.None);
            if (again is null)
            {
                state = new Naming.State();
                again = state.Build(sorted, CancellationToken.None);
            }
            else
            {
                incremental++;
            }
            Assert.Equal(whole.Joined.OrderBy(p => p.Key, StringComparer.Ordinal), state.Joined.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(fresh.Table.Speakers, again.Table.Speakers);
            Assert.Equal(fresh.Table.Actors, again.Table.Actors);
            for (var j = 0; j < count; j++) Assert.Equal(Readable(fresh.Table.Articles[j]), Readable(again.Table.Articles[j]));
            Assert.Equal(fresh, again);
            if (!Joined(fresh).SequenceEqual(Joined(last))) joinsChanged++;
            if (!fresh.Table.Speakers.Select(c => (c.Name, c.Speaker)).SequenceEqual(last.Table.Speakers.Select(c => (c.Name, c.Speaker)))) classesChanged++;
            last = fresh;
        }
        // The edits did reach what makes naming again hard: people joined and unjoined, classes renamed.
        Console.WriteLine($"seed {seed}: joins changed in {joinsChanged} edits, classes in {classesChanged}");
        Assert.True(joinsChanged >= 5, $"joins changed in {joinsChanged} edits");
        Assert.True(classesChanged >= 5, $"classes changed in {classesChanged} edits");
        // Every edit keeps its article's headline, so each one is named again from the last state.
        Assert.Equal(Edits, incremental);
    }

    private static string Readable(ArticleNames a) =>
        $"{a.Path} {a.Member} classes [{string.Join(", ", a.QuoteClasses)}] members [{string.Join(", ", a.QuoteMembers)}] actors [{string.Join(", ", a.ActorNames)}]";

    /// <summary>Each name an article gives that is one person across articles under another name.</summary>
    private static IEnumerable<string> Joined(NamingResult result) =>
        result.Table.Articles.SelectMany(a => a.ActorNames.Where(n => n.Length > 0).Select(n => a.Path + ": " + n));

    [Fact]
    public void An_edit_that_changes_a_headline_or_the_articles_is_named_by_the_whole_pass()
    {
        var a = Summary("/p/Articles/a.txt", "Harbour reopens\n\n“We will see,” said Ana Ruiz.\n");
        var b = Summary("/p/Articles/b.txt", "Harbour closes\n\n“It is time,” said Tom Reyes.\n");
        var state = new Naming.State();
        state.Build(new[] { a, b }, CancellationToken.None);
        Assert.Null(state.Update(new[] { a, Summary(b.Path, "Harbour closes for good\n\n“It is time,” said Tom Reyes.\n") }, CancellationToken.None));

        state = new Naming.State();
        state.Build(new[] { a, b }, CancellationToken.None);
        Assert.Null(state.Update(new[] { a }, CancellationToken.None));
    }
}
