namespace PolicyQuiz.Generation.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void Mentions_are_sorted_as_list_sort_sorts_them()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            // nearly sorted, shuffled and (in some rounds) with two mentions starting at one token
            var count = random.Next(0, 80);
            var starts = Enumerable.Range(0, count).Select(k => k * 3).ToList();
            if (round % 3 == 1)
            {
                starts = [.. starts.OrderBy(_ => random.Next())];
            }
            else if (count > 4)
            {
                for (var swap = 0; swap < count / 5; swap++)
                {
                    var a = random.Next(count);
                    var b = Math.Min(count - 1, a + random.Next(1, 4));
                    (starts[a], starts[b]) = (starts[b], starts[a]);
                }
            }

            if (round % 4 == 3 && count > 2)
            {
                starts[random.Next(count)] = starts[random.Next(count)];
            }

            var mentions = starts.Select((s, k) => new Mention { Sentence = 0, Start = s, End = s + 1, Text = k.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = EntityType.Unknown }).ToList();
            var expected = mentions.ToList();
            expected.Sort((a, b) => a.Start.CompareTo(b.Start));

            Document.SortByStart(mentions);

            Assert.Equal(expected, mentions);
        }
    }

    [Fact]
    public void A_token_set_holds_the_tokens_added()
    {
        var set = new TokenSet(5);
        set.Add(0);
        set.Add(3);

        Assert.True(set.Contains(0));
        Assert.True(set.Contains(3));
        Assert.False(set.Contains(1));
        Assert.False(set.Contains(-1));
        Assert.False(set.Contains(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add(5));
    }
}
