package io.gridflex.adapter.memory;

import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.application.contract.TokenIssuerContract;

class InMemoryTokenIssuerTest extends TokenIssuerContract {

    private final TokenIssuer issuer = new InMemoryTokenIssuer();

    @Override
    protected TokenIssuer issuer() {
        return issuer;
    }
}
