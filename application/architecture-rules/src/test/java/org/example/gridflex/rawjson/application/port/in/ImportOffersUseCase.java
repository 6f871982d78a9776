package org.example.gridflex.rawjson.application.port.in;

import java.util.Map;

/** Breaks in_ports_carry_no_raw_json: the use case takes the JSON document itself. */
public interface ImportOffersUseCase {
    void importOffers(Map<String, Object> document);
}
