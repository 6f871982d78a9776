package io.gridflex.domain.asset;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import java.util.List;

/**
 * An asset with its ancestors, nearest first. Answers what the tree decides: the effective
 * flex-context and flex-model (the nearest asset that sets a field wins) and whether a new parent
 * would close a cycle.
 *
 * @param ancestors parent first, root last
 */
public record AssetLineage(Asset asset, List<Asset> ancestors) {

    public AssetLineage {
        Require.present("asset", asset);
        ancestors = List.copyOf(Require.noNulls("ancestors", ancestors));
    }

    public Attributes effectiveFlexContext() {
        Attributes effective = Attributes.NONE;
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            effective = effective.overriddenBy(ancestors.get(i).flexContext());
        }
        return effective.overriddenBy(asset.flexContext());
    }

    public Attributes effectiveFlexModel() {
        Attributes effective = Attributes.NONE;
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            effective = effective.overriddenBy(ancestors.get(i).flexModel());
        }
        return effective.overriddenBy(asset.flexModel());
    }

    /** Whether {@code candidate} is this asset or one of its ancestors. */
    public boolean contains(AssetId candidate) {
        return asset.id().equals(candidate) || ancestors.stream().anyMatch(a -> a.id().equals(candidate));
    }
}
