package io.gridflex.application.community.query;


import io.gridflex.domain.community.CommunityAsset;
import java.util.Optional;

/** Which community assets to list: by type and owner (member key), each optional. */
public record CommunityAssetFilter(Optional<CommunityAsset.Type> type, Optional<String> owner) {

    public static final CommunityAssetFilter ALL = new CommunityAssetFilter(Optional.empty(), Optional.empty());

    public boolean matches(CommunityAsset asset) {
        return type.map(t -> t == asset.type()).orElse(true) && owner.map(o -> o.equals(asset.owner())).orElse(true);
    }
}
