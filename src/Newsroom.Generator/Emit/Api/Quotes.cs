// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    // Its nested classes are named after speakers (a speaker may be called Article or Quote), so this class names the
    // fixed types in full.
    /// <summary>Every quote, grouped by speaker: <c>Quotes.AnthonyBlinken.IntenseCompetitionRequires…</c>.</summary>
    public static partial class Quotes
    {
        private static global::Newsroom.__Generational<global::Newsroom.Quote[]>? s_all;

        /// <summary>All quotes of all articles, in article order.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<global::Newsroom.Quote> All
        {
            get
            {
                var current = s_all;
                var generation = global::Newsroom.__HotReload.Generation;
                if (current != null && current.Generation == generation) return current.Value;
                var all = new global::System.Collections.Generic.List<global::Newsroom.Quote>();
                foreach (var article in global::Newsroom.Articles.All)
                {
                    all.AddRange(article.Quotes);
                }
                var built = all.ToArray();
                s_all = new global::Newsroom.__Generational<global::Newsroom.Quote[]>(built, generation);
                return built;
            }
        }
    }
}
