using System.Linq;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>Small helpers over <see cref="ArticleExtractor"/> for the per-construction tests.</summary>
internal static class Extract
{
    public static ArticleModel From(string text) => ArticleExtractor.Extract(text);

    /// <summary>The quote whose text is exactly <paramref name="quoted"/>.</summary>
    public static QuoteModel Quote(this ArticleModel m, string quoted) =>
        Assert.Single(m.Quotes, q => m.Slice(q.Span) == quoted);

    public static string[] QuoteTexts(this ArticleModel m) => m.Quotes.Select(q => m.Slice(q.Span)).ToArray();

    public static string[] People(this ArticleModel m) =>
        m.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).ToArray();

    public static ActorModel Actor(this ArticleModel m, string name) => Assert.Single(m.Actors, a => a.Name == name);
}
