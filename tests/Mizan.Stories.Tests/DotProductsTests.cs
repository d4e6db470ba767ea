namespace Mizan.Stories.Tests;

/// <summary>The dot products an inverted index accumulates by group id: kept in the order first touched, cleared for
/// the next item, and grown as groups are added.</summary>
public sealed class DotProductsTests
{
    [Fact]
    public void Products_add_up_by_group_in_the_order_first_touched_and_clear_for_the_next_item()
    {
        var dots = new DotProducts();
        dots.Clear(3);
        dots.Add(2, 0.5);
        dots.Add(0, 0.25);
        dots.Add(2, 0.25);
        Assert.Equal([2, 0], dots.Touched);
        Assert.Equal((0.75, 0.25), (dots[2], dots[0]));

        // The next item starts from nothing, with room for groups added since.
        dots.Clear(10);
        Assert.Empty(dots.Touched);
        Assert.Equal((0.0, 0.0), (dots[2], dots[0]));
        dots.Add(9, 1.0);
        dots.Add(2, 2.0);
        Assert.Equal([9, 2], dots.Touched);
        Assert.Equal((1.0, 2.0), (dots[9], dots[2]));
    }

    [Fact]
    public void The_closest_groups_are_those_ordering_every_group_by_score_then_id_would_take_first()
    {
        var random = new Random(7);
        var dots = new DotProducts();
        for (var round = 0; round < 200; round++)
        {
            var groups = random.Next(1, 60);
            dots.Clear(groups);
            for (var i = 0; i < groups * 2; i++)
            {
                // Few distinct values, so that many scores tie and the ids must break the ties.
                dots.Add(random.Next(groups), random.Next(4) * 0.25);
            }

            // Some groups left out, some scored NaN (sorted lowest, as ordering doubles does).
            double? Score(int group) => group % 7 == 3 ? null : group % 11 == 5 ? double.NaN : dots[group];
            var count = random.Next(1, 25);
            var expected = dots.Touched.Where(g => Score(g) is not null)
                .Select(g => (Group: g, Score: Score(g)!.Value))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Group)
                .Take(count)
                .ToArray();
            Assert.Equal(expected, dots.Closest(count, Score).ToArray());
        }

        Assert.Empty(dots.Closest(0, g => dots[g]).ToArray());
    }
}
