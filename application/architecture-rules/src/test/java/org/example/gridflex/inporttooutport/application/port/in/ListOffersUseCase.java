package org.example.gridflex.inporttooutport.application.port.in;

import java.util.List;
import org.example.gridflex.inporttooutport.application.port.out.OfferQuery;

/** Breaks in_ports_do_not_depend_on_out_ports: callers would see the store's query. */
public interface ListOffersUseCase {
    List<String> list(OfferQuery query);
}
