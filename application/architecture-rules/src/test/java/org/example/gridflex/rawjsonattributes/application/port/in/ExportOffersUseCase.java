package org.example.gridflex.rawjsonattributes.application.port.in;

import io.gridflex.domain.attribute.Attributes;
import java.util.Optional;

/** Breaks in_ports_carry_no_raw_json: gridflex's JSON object, wrapped, is raw JSON all the same. */
public interface ExportOffersUseCase {
    Optional<Attributes> export(String offer);
}
