package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.community.Member;
import java.util.Optional;

/** A lookup's answer: what was found (an asset, a delivery point, or the member itself) and the active member holding it. */
public record Holding<T>(Registered<Member> member, Optional<Registered<T>> held) {
}
