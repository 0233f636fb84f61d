// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>Every article of the project, with one named member each.</summary>
    public static partial class Articles
    {
        private static __ArticleList? s_all;

        /// <summary>All articles, ordered by file path. Each is made when first reached, so counting them, or touching one, loads no other.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Article> All
        {
            get
            {
                var all = s_all;
                return all != null && all.Generation == __HotReload.Generation ? all : (s_all = __Catalog());
            }
        }

        /// <summary>The article with this file name (the first by path when two folders hold the same name), or null.</summary>
        public static Article? ByFileName(string fileName)
        {
            var list = (__ArticleList)All;
            for (var i = 0; i < list.Count; i++)
            {
                if (string.Equals(list.FileName(i), fileName, global::System.StringComparison.OrdinalIgnoreCase)) return list[i];
            }
            return null;
        }

        /// <summary>The article whose member under Articles is <paramref name="member"/>: what the quote tables call.</summary>
        internal static Article __ByMember(string member)
        {
            var list = (__ArticleList)All;
            var index = list.IndexOfMember(member);
            if (index < 0) throw new global::System.InvalidOperationException("Newsroom: no article has the member '" + member + "' (was it removed by a hot reload?).");
            return list[index];
        }

        internal static Article __At(int index)
        {
            Article? article = null;
            __Get(index, ref article);
            return article ?? throw new global::System.ArgumentOutOfRangeException(nameof(index));
        }

        private static __ArticleList __Catalog()
        {
            // The generation first: an update between it and the data marks this list old, never old data new.
            var generation = __HotReload.Generation;
#if NEWSROOM_UTF8
            var data = global::System.ReadOnlySpan<byte>.Empty;
            __Data(ref data);
            var r = new __DataReader(data);
#else
            var data = "";
            __Data(ref data);
            var r = new __DataReader(global::System.Text.Encoding.UTF8.GetBytes(data));
#endif
            var fileNames = new string[r.Int()];
            var members = new string[fileNames.Length];
            for (var i = 0; i < fileNames.Length; i++)
            {
                fileNames[i] = r.String() ?? "";
                members[i] = r.String() ?? "";
            }
            return new __ArticleList(fileNames, members, generation);
        }

#if NEWSROOM_UTF8
        static partial void __Data(ref global::System.ReadOnlySpan<byte> data);
#else
        static partial void __Data(ref string data);
#endif

        static partial void __Get(int index, ref Article? article);
    }
}
