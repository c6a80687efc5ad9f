// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.account.dao;

import java.util.ArrayList;
import java.util.List;

import org.apache.cloudstack.devcloud.account.AccountVO;

import com.cloud.user.Account;
import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

public class AccountDaoImpl extends GenericDaoBase<AccountVO, Long> implements AccountDao {

    private final SearchBuilder<AccountVO> nameDomainSearch;
    private final SearchBuilder<AccountVO> domainsSearch;
    private final SearchBuilder<AccountVO> typeSearch;

    public AccountDaoImpl() {
        nameDomainSearch = createSearchBuilder();
        nameDomainSearch.and("name", nameDomainSearch.entity().getAccountName(), SearchCriteria.Op.EQ);
        nameDomainSearch.and("domainId", nameDomainSearch.entity().getDomainId(), SearchCriteria.Op.EQ);
        nameDomainSearch.done();

        domainsSearch = createSearchBuilder();
        domainsSearch.and("domainIds", domainsSearch.entity().getDomainId(), SearchCriteria.Op.IN);
        domainsSearch.done();

        typeSearch = createSearchBuilder();
        typeSearch.and("type", typeSearch.entity().getType(), SearchCriteria.Op.EQ);
        typeSearch.done();
    }

    @Override
    public AccountVO findActiveAccount(String accountName, Long domainId) {
        SearchCriteria<AccountVO> sc = nameDomainSearch.create();
        sc.setParameters("name", accountName);
        sc.setParameters("domainId", domainId);
        return findOneBy(sc);
    }

    @Override
    public List<AccountVO> listByDomainIds(List<Long> domainIds) {
        if (domainIds.isEmpty()) {
            return new ArrayList<>();
        }
        SearchCriteria<AccountVO> sc = domainsSearch.create();
        sc.setParameters("domainIds", domainIds.toArray());
        return listBy(sc);
    }

    @Override
    public List<Long> listIdsByType(Account.Type type) {
        SearchCriteria<AccountVO> sc = typeSearch.create();
        sc.setParameters("type", type);
        List<Long> ids = new ArrayList<>();
        for (AccountVO a : listBy(sc)) {
            ids.add(a.getId());
        }
        return ids;
    }
}
