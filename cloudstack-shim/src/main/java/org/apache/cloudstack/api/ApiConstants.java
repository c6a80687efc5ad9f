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
package org.apache.cloudstack.api;

/**
 * Shim: the subset of CloudStack's ApiConstants a network plugin uses. Values are inlined by javac,
 * so each one is CloudStack's exact value.
 */
public class ApiConstants {
    public static final String ACCOUNT = "account";
    public static final String ACCOUNT_ID = "accountid";
    public static final String CIDR = "cidr";
    public static final String CIDR_LIST = "cidrlist";
    public static final String CREATED = "created";
    public static final String CUSTOM_ID = "customid";
    public static final String CUSTOM_JOB_ID = "customjobid";
    public static final String DESCRIPTION = "description";
    public static final String DOMAIN = "domain";
    public static final String DOMAIN_ID = "domainid";
    public static final String DOMAIN_PATH = "domainpath";
    public static final String ENABLED = "enabled";
    public static final String END_PORT = "endport";
    public static final String FOR_DISPLAY = "fordisplay";
    public static final String HAS_ANNOTATIONS = "hasannotations";
    public static final String ID = "id";
    public static final String IDS = "ids";
    public static final String IP_ADDRESS = "ipaddress";
    public static final String IP_ADDRESS_ID = "ipaddressid";
    public static final String IP_RANGES = "ipranges";
    public static final String IS_RECURSIVE = "isrecursive";
    public static final String JOB_ID = "jobid";
    public static final String JOB_STATUS = "jobstatus";
    public static final String KEYWORD = "keyword";
    public static final String LIST_ALL = "listall";
    public static final String NAME = "name";
    public static final String NETWORK_ID = "networkid";
    public static final String OPEN_FIREWALL = "openfirewall";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pagesize";
    public static final String PASSWORD = "password";
    public static final String PORT = "port";
    public static final String PRIVATE_KEY = "privatekey";
    public static final String PROJECT = "project";
    public static final String PROJECT_ID = "projectid";
    public static final String PROTOCOL = "protocol";
    public static final String PROVIDER = "provider";
    public static final String PUBLIC_IP = "publicip";
    public static final String PUBLIC_IP_ID = "publicipid";
    public static final String START_PORT = "startport";
    public static final String STATE = "state";
    public static final String TYPE = "type";
    public static final String USERNAME = "username";
    public static final String VPC_ID = "vpcid";
    public static final String ZONE_ID = "zoneid";
}
