package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.community.Member;
import java.util.Optional;

/**
 * What was found (an asset, a delivery point, or the member itself) and the member holding it — for
 * a lookup across communities, the active one.
 */
public record Holding<T>(Registered<Member> member, Optional<Registered<T>> held) {
}
