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

package com.cloud.network.dao;

import java.util.List;

import org.springframework.stereotype.Component;

import com.cloud.network.WgUser;
import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.GenericSearchBuilder;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.db.SearchCriteria.Func;

@Component
public class WgUserDaoImpl extends GenericDaoBase<WgUserVO, Long> implements WgUserDao {

    private final SearchBuilder<WgUserVO> AllFieldsSearch;
    private final GenericSearchBuilder<WgUserVO, Long> UserCount;
    private final GenericSearchBuilder<WgUserVO, String> UsedIp4Addresses;
    private final GenericSearchBuilder<WgUserVO, String> UsedIp6Addresses;

    public WgUserDaoImpl() {
        AllFieldsSearch = createSearchBuilder();
        AllFieldsSearch.and("vpnId", AllFieldsSearch.entity().getVpnId(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("state", AllFieldsSearch.entity().getState(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("publicKey", AllFieldsSearch.entity().getPublicKey(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("accountId", AllFieldsSearch.entity().getAccountId(), SearchCriteria.Op.EQ);
        AllFieldsSearch.done();

        UserCount = createSearchBuilder(Long.class);
        UserCount.and("vpnId", UserCount.entity().getVpnId(), SearchCriteria.Op.EQ);
        UserCount.and("state", UserCount.entity().getState(), SearchCriteria.Op.NEQ);
        UserCount.select(null, Func.COUNT, null);
        UserCount.done();

        UsedIp4Addresses = createSearchBuilder(String.class);
        UsedIp4Addresses.selectFields(UsedIp4Addresses.entity().getIp4Address());
        UsedIp4Addresses.and("vpnId", UsedIp4Addresses.entity().getVpnId(), SearchCriteria.Op.EQ);
        UsedIp4Addresses.and("address", UsedIp4Addresses.entity().getIp4Address(), SearchCriteria.Op.NNULL);
        UsedIp4Addresses.done();

        UsedIp6Addresses = createSearchBuilder(String.class);
        UsedIp6Addresses.selectFields(UsedIp6Addresses.entity().getIp6Address());
        UsedIp6Addresses.and("vpnId", UsedIp6Addresses.entity().getVpnId(), SearchCriteria.Op.EQ);
        UsedIp6Addresses.and("address", UsedIp6Addresses.entity().getIp6Address(), SearchCriteria.Op.NNULL);
        UsedIp6Addresses.done();
    }

    @Override
    public List<WgUserVO> listByVpn(long vpnId) {
        return listBy(AllFieldsSearch.create("vpnId", vpnId));
    }

    @Override
    public List<WgUserVO> listByVpnAndState(long vpnId, WgUser.State state) {
        SearchCriteria<WgUserVO> sc = AllFieldsSearch.create();
        sc.setParameters("vpnId", vpnId);
        sc.setParameters("state", state);
        return listBy(sc);
    }

    @Override
    public WgUserVO findByVpnAndPublicKey(long vpnId, String publicKey) {
        SearchCriteria<WgUserVO> sc = AllFieldsSearch.create();
        sc.setParameters("vpnId", vpnId);
        sc.setParameters("publicKey", publicKey);
        return findOneBy(sc);
    }

    @Override
    public long countByVpn(long vpnId) {
        SearchCriteria<Long> sc = UserCount.create();
        sc.setParameters("vpnId", vpnId);
        sc.setParameters("state", WgUser.State.Revoke);
        List<Long> count = customSearch(sc, null);
        return count.get(0);
    }

    @Override
    public List<String> listUsedIp4Addresses(long vpnId) {
        return customSearch(UsedIp4Addresses.create("vpnId", vpnId), null);
    }

    @Override
    public List<String> listUsedIp6Addresses(long vpnId) {
        return customSearch(UsedIp6Addresses.create("vpnId", vpnId), null);
    }

    @Override
    public List<WgUserVO> listByAccount(long accountId) {
        return listBy(AllFieldsSearch.create("accountId", accountId));
    }
}
