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
}
