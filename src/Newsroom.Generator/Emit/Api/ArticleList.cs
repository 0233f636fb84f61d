// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>The list behind <see cref="Articles.All"/>: each article is made when first reached.</summary>
    internal sealed class __ArticleList : global::System.Collections.Generic.IReadOnlyList<Article>
    {
        private readonly string[] _fileNames;
        private readonly string[] _members;
        private readonly Article?[] _articles;
        private global::System.Collections.Generic.Dictionary<string, int>? _byMember;

        internal __ArticleList(string[] fileNames, string[] members, int generation)
        {
            _fileNames = fileNames;
            _members = members;
            _articles = new Article?[fileNames.Length];
            Generation = generation;
        }

        /// <summary>The hot-reload generation of the catalog the list was made from (<see cref="__HotReload"/>).</summary>
        internal int Generation { get; }

        public int Count => _articles.Length;

        public Article this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_articles.Length) throw new global::System.ArgumentOutOfRangeException(nameof(index));
                if (Generation != __HotReload.Generation) return __Since(index);
                return _articles[index] ?? (_articles[index] = Articles.__At(index));
            }
        }

        /// <summary>
        /// An article of a list made before a hot reload: the article with the same member now (positions may have
        /// moved), or an error that says what happened when the update removed it.
        /// </summary>
        private Article __Since(int index)
        {
            var current = (__ArticleList)Articles.All;
            var at = current.IndexOfMember(_members[index]);
            if (at < 0)
            {
                throw new global::System.InvalidOperationException("Newsroom: the article '" + _fileNames[index]
                    + "' is gone since this list was made (hot reload); read Articles.All again.");
            }
            return current[at];
        }

        internal string FileName(int index) => _fileNames[index];

        internal int IndexOfMember(string member)
        {
            var byMember = _byMember;
            if (byMember is null)
            {
                byMember = new global::System.Collections.Generic.Dictionary<string, int>(_members.Length, global::System.StringComparer.Ordinal);
                for (var i = 0; i < _members.Length; i++) byMember[_members[i]] = i;
                _byMember = byMember;
            }
            return byMember.TryGetValue(member, out var index) ? index : -1;
        }

        public global::System.Collections.Generic.IEnumerator<Article> GetEnumerator()
        {
            for (var i = 0; i < _articles.Length; i++) yield return this[i];
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
