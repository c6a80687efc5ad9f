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

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

@Component
public class WgVpnDaoImpl extends GenericDaoBase<WgVpnVO, Long> implements WgVpnDao {

    private final SearchBuilder<WgVpnVO> AllFieldsSearch;

    public WgVpnDaoImpl() {
        AllFieldsSearch = createSearchBuilder();
        AllFieldsSearch.and("ipAddress", AllFieldsSearch.entity().getServerAddressId(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("port", AllFieldsSearch.entity().getPort(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("networkId", AllFieldsSearch.entity().getNetworkId(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("vpcId", AllFieldsSearch.entity().getVpcId(), SearchCriteria.Op.EQ);
        AllFieldsSearch.and("accountId", AllFieldsSearch.entity().getAccountId(), SearchCriteria.Op.EQ);
        AllFieldsSearch.done();
    }

    @Override
    public WgVpnVO findByPublicIpAndPort(long ipAddressId, int port) {
        SearchCriteria<WgVpnVO> sc = AllFieldsSearch.create();
        sc.setParameters("ipAddress", ipAddressId);
        sc.setParameters("port", port);
        return findOneBy(sc);
    }

    @Override
    public List<WgVpnVO> listByPublicIp(long ipAddressId) {
        return listBy(AllFieldsSearch.create("ipAddress", ipAddressId));
    }

    @Override
    public List<WgVpnVO> listByNetwork(long networkId) {
        return listBy(AllFieldsSearch.create("networkId", networkId));
    }

    @Override
    public List<WgVpnVO> listByVpc(long vpcId) {
        return listBy(AllFieldsSearch.create("vpcId", vpcId));
    }

    @Override
    public List<WgVpnVO> listByAccount(long accountId) {
        return listBy(AllFieldsSearch.create("accountId", accountId));
    }
}
