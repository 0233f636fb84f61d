// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>
    /// The quotes of one speaker's class under <see cref="Quotes"/>: each of the class's members reads its quote from here
    /// (an element access binds far faster than a call, and there are thousands of quote members). A quote is made when
    /// first asked for, loading the article it is in and no other. The data holds the number of articles, then for each
    /// its member under <see cref="Articles"/>, the number of its quotes here and their indexes in the article.
    /// </summary>
    internal sealed class __QuoteTable
    {
        private readonly string[] _articles;
        private readonly int[] _indexes;
        private readonly Quote?[] _quotes;
        private readonly int _generation = __HotReload.Generation;

#if NEWSROOM_UTF8
        /// <summary>The table of <paramref name="data"/>, made on first access (and again after a hot reload): what each speaker's class calls.</summary>
        internal static __QuoteTable __Get(ref __QuoteTable? field, global::System.ReadOnlySpan<byte> data)
        {
            var current = field;
            return current != null && current._generation == __HotReload.Generation ? current : (field = new __QuoteTable(new __DataReader(data)));
        }
#else
        /// <summary>The table of <paramref name="data"/>, made on first access (and again after a hot reload): what each speaker's class calls.</summary>
        internal static __QuoteTable __Get(ref __QuoteTable? field, string data)
        {
            var current = field;
            return current != null && current._generation == __HotReload.Generation ? current
                : (field = new __QuoteTable(new __DataReader(global::System.Text.Encoding.UTF8.GetBytes(data))));
        }
#endif

        private __QuoteTable(__DataReader r)
        {
            var articles = new global::System.Collections.Generic.List<string>();
            var indexes = new global::System.Collections.Generic.List<int>();
            for (var a = r.Int(); a > 0; a--)
            {
                var member = r.String() ?? "";
                for (var n = r.Int(); n > 0; n--)
                {
                    articles.Add(member);
                    indexes.Add(r.Int());
                }
            }
            _articles = articles.ToArray();
            _indexes = indexes.ToArray();
            _quotes = new Quote?[_indexes.Length];
        }

        internal Quote this[int index] =>
            _quotes[index] ?? (_quotes[index] = Articles.__ByMember(_articles[index]).__Quote(_indexes[index]));
    }
}
